import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ValidationFailedError } from '@rongtong/common';
import { UsccException } from '../entities/uscc-exception.entity';
import { validateUscc } from '../validation/uscc';

const CODE_BY_KIND = {
  length: 'USCC_LENGTH',
  character: 'USCC_CHARACTER',
  region: 'USCC_REGION',
  checksum: 'USCC_CHECKSUM',
} as const;

/**
 * GB 32100-2015 validation, except that a code failing only its checksum is accepted when an
 * admin has recorded an exception for it (early pilot codes).
 */
@Injectable()
export class UsccPolicy {
  constructor(
    @InjectRepository(UsccException) private readonly exceptions: Repository<UsccException>,
  ) {}

  /** Returns the normalised code or throws a field-level validation error. */
  async normalise(field: string, input: string): Promise<string> {
    const result = validateUscc(input);
    if (result.ok) return result.value;
    if (result.kind === 'checksum') {
      const normalised = input.trim().toUpperCase();
      if (await this.exceptions.existsBy({ uscc: normalised })) return normalised;
    }
    throw new ValidationFailedError(
      [{ field, messages: [result.message] }],
      CODE_BY_KIND[result.kind],
      `USCC is invalid: ${result.message}`,
    );
  }
}
