import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { inputProblems, NUL_MESSAGE, NULL_MESSAGE } from './input-screen';

class Contact {
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) phone?: string | null;
}

class Thing {
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) budget?: number | null;
  @ApiPropertyOptional({ type: Contact }) contact?: Contact;
  @ApiPropertyOptional({ type: [Contact] }) contacts?: Contact[];
  @ApiPropertyOptional({ type: [String] }) keywords?: string[];
}

class ThingEdit extends PartialType(Thing) {}

describe('input screen (before the DTO rules)', () => {
  it('refuses null where the DTO does not declare the field nullable, also on partial DTOs', () => {
    expect(inputProblems({ title: null, budget: null }, Thing)).toEqual([
      { field: 'title', messages: [NULL_MESSAGE] },
    ]);
    expect(inputProblems({ title: null }, ThingEdit)).toEqual([
      { field: 'title', messages: [NULL_MESSAGE] },
    ]);
    expect(inputProblems({ budget: null }, ThingEdit)).toEqual([]);
  });

  it('follows nested DTOs and arrays of them', () => {
    expect(
      inputProblems(
        { contact: { name: null, phone: null }, contacts: [{ name: 'a' }, null, { name: null }] },
        Thing,
      ).map((p) => p.field),
    ).toEqual(['contact.name', 'contacts.1', 'contacts.2.name']);
  });

  it('refuses NUL characters in any string or key, at any depth, with or without a DTO', () => {
    expect(inputProblems({ title: 'a\u0000b' }, Thing)).toEqual([
      { field: 'title', messages: [NUL_MESSAGE] },
    ]);
    expect(inputProblems({ keywords: ['ok', '\u0000'] }, Thing)[0].field).toBe('keywords.1');
    expect(inputProblems({ free: { deep: ['x\u0000'] } }, undefined)[0].field).toBe('free.deep.0');
    expect(inputProblems({ 'k\u0000': 1 }, undefined)[0].messages).toEqual([NUL_MESSAGE]);
    expect(inputProblems('a\u0000', undefined, 'id')).toEqual([
      { field: 'id', messages: [NUL_MESSAGE] },
    ]);
  });

  it('lets ordinary input through and bounds the depth it walks', () => {
    expect(inputProblems({ title: '标题', contact: { name: '李工' } }, Thing)).toEqual([]);
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = { a: deep };
    expect(inputProblems(deep, undefined)[0].messages).toEqual(['is nested too deeply']);
  });
});
