import { Checkbox } from 'antd';
import type { CheckboxGroupProps } from 'antd/es/checkbox';

/**
 * antd's Checkbox.Group as a required form field. Form.Item hands its control
 * `aria-required`, which ARIA does not allow on a group of checkboxes (axe: aria-allowed-attr,
 * critical); the group drops it (the label's required mark and the field message stay) and
 * announces itself as a group.
 */
export function CheckboxGroupField({
  'aria-required': _required,
  ...props
}: CheckboxGroupProps & { 'aria-required'?: boolean | 'true' | 'false' }) {
  return <Checkbox.Group role="group" {...props} />;
}
