import { Form } from 'antd';
import { useMessages } from '../i18n/messages';
import { referenceMessages } from './reference-messages';
import { ReferenceCascader } from './ReferenceCascader';
import type { ReferenceKind } from './reference-options';

export interface ReferenceFieldProps {
  kind: ReferenceKind;
  /** The form field holding the chosen code. */
  name: string | string[];
  /** The cascader's id, which the label points at. */
  id: string;
  /** Instead of 所在地区 / 所属行业. */
  label?: string;
  required?: boolean;
}

/**
 * A region (province → city → county) or industry (GB/T 4754) picker as a form field: label,
 * cascader, search box and required rule wired together, any level selectable.
 */
export function ReferenceField({ kind, name, id, label, required }: ReferenceFieldProps) {
  const t = useMessages(referenceMessages);
  const fieldLabel = label ?? t(`${kind}Label`);
  return (
    <Form.Item
      name={name}
      label={fieldLabel}
      htmlFor={id}
      rules={required ? [{ required: true, message: t(`${kind}Required`) }] : undefined}
    >
      <ReferenceCascader
        id={id}
        kind={kind}
        placeholder={t(`${kind}Placeholder`)}
        searchPlaceholder={t(`${kind}Search`)}
        ariaLabel={fieldLabel}
        changeOnSelect
      />
    </Form.Item>
  );
}
