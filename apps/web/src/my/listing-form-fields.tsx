import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row } from 'antd';
import type { FormListFieldData, FormListOperation, FormListProps } from 'antd/es/form';
import type { ReactNode } from 'react';

/** An amount in 万元 (budgets, prices, rewards): the API's bounds and two decimals. */
export function WanInput(props: { disabled?: boolean; id?: string }) {
  return (
    <InputNumber min={0} max={10_000_000} precision={2} style={{ width: '100%' }} {...props} />
  );
}

/** A required free text of `min`…`max` characters (description, abstract, problem). */
export function LongTextField(props: { name: string; label: string; max: number; rule: string }) {
  return (
    <Form.Item
      name={props.name}
      label={props.label}
      rules={[{ required: true, whitespace: true, min: 10, max: props.max, message: props.rule }]}
    >
      <Input.TextArea rows={6} maxLength={props.max} showCount />
    </Form.Item>
  );
}

/**
 * A repeated group of fields (patents, technical indicators, evaluation criteria): a fieldset
 * of rows, each with its remove button, an add button, and the list's own errors.
 */
export function RepeatedRows(props: {
  name: string;
  legend: ReactNode;
  addLabel: string;
  removeLabel: string;
  rules?: FormListProps['rules'];
  /** The values of an added row. */
  newRow?: () => Record<string, unknown>;
  /** The row's fields, as columns. */
  children: (field: FormListFieldData) => ReactNode;
}) {
  const add = (operation: FormListOperation) => operation.add(props.newRow?.());
  return (
    <Form.List name={props.name} rules={props.rules}>
      {(fields, operation, { errors }) => (
        <fieldset className="rt-fieldset">
          <legend>{props.legend}</legend>
          {fields.map((field) => (
            <Row key={field.key} gutter={8} align="top">
              {props.children(field)}
              <Col flex="none">
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={props.removeLabel}
                  onClick={() => operation.remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(operation)}>
            {props.addLabel}
          </Button>
          <Form.ErrorList errors={errors} />
        </fieldset>
      )}
    </Form.List>
  );
}
