import { Injectable } from '@nestjs/common';
import { Clock, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import type { AuthenticatedUser } from '../services/access-token.service';
import { CertificationService } from './certification.service';
import { CertificationStore } from './certification.store';
import {
  OfficialListEntry,
  OfficialListHeaderError,
  parseRow,
  rowsOf,
  sameName,
} from './official-list';
import { readSheet } from './official-list-reader';

export type ImportOutcome = 'error' | 'verify_pending' | 'create_verified' | 'already_verified';

export interface ImportRowReport {
  row: number;
  name: string;
  uscc: string;
  tier: string;
  year: string;
  authority: string;
  organisationId: string | null;
  outcome: ImportOutcome;
  /** Row-level problems, in Chinese. */
  errors: string[];
}

export interface ImportReport {
  committed: boolean;
  rows: ImportRowReport[];
  summary: { total: number; errors: number; verified: number; created: number; unchanged: number };
}

/**
 * Bulk import of an official list (xlsx or csv: name, USCC, tier, year, authority). A dry run
 * reports every row's problems in Chinese; a commit verifies the matching organisations'
 * pending claims or records verified certificates from the list, in one transaction.
 */
@Injectable()
export class CertificationImportService {
  constructor(
    private readonly store: CertificationStore,
    private readonly certifications: CertificationService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async run(
    caller: AuthenticatedUser,
    file: { fileName: string; bytes: Buffer },
    commit: boolean,
  ): Promise<ImportReport> {
    this.certifications.assertReviewer(caller);
    let cells: string[][];
    try {
      cells = await readSheet(file.fileName, file.bytes);
    } catch (error) {
      throw ValidationFailedError.field(
        'file',
        `无法读取文件：${error instanceof Error ? error.message : String(error)}`,
        'IMPORT_FILE_UNREADABLE',
      );
    }
    let rows;
    try {
      rows = rowsOf(cells);
    } catch (error) {
      if (error instanceof OfficialListHeaderError)
        throw ValidationFailedError.field('file', error.message, 'IMPORT_HEADER_MISSING');
      throw error;
    }
    if (rows.length === 0)
      throw ValidationFailedError.field('file', '文件中没有数据行', 'IMPORT_EMPTY');
    if (rows.length > 5_000)
      throw ValidationFailedError.field(
        'file',
        '一次最多导入5000行，请拆分文件',
        'IMPORT_TOO_LARGE',
      );

    const currentYear = Number(this.clock.today().slice(0, 4));
    const parsed = rows.map((row) => ({ row, ...parseRow(row, currentYear) }));
    const organisations = await this.store.organisationsByUscc(
      parsed.flatMap((p) => (p.entry ? [p.entry.uscc] : [])),
    );
    const seen = new Map<string, number>();
    const reports: (ImportRowReport & { entry?: OfficialListEntry })[] = parsed.map((p) => {
      const errors = [...p.errors];
      const organisation = p.entry ? organisations.get(p.entry.uscc) : undefined;
      if (p.entry) {
        const key = `${p.entry.uscc}|${p.entry.tier}|${p.entry.year}`;
        const first = seen.get(key);
        if (first !== undefined) errors.push(`与第${first}行重复`);
        else seen.set(key, p.row.row);
        if (!organisation) errors.push('该统一社会信用代码的企业尚未在平台注册');
        else if (!sameName(organisation.name, p.entry.name))
          errors.push(`企业名称与平台注册名称“${organisation.name}”不一致`);
        else if (organisation.type !== 'sme') errors.push('该企业在平台登记的类型不是中小企业');
      }
      return {
        row: p.row.row,
        name: p.row.name,
        uscc: p.row.uscc,
        tier: p.row.tierText,
        year: p.row.yearText,
        authority: p.row.authority,
        organisationId: organisation?.id ?? null,
        outcome: errors.length > 0 ? 'error' : 'create_verified',
        errors,
        entry: errors.length > 0 ? undefined : p.entry,
      };
    });

    const valid = reports.filter((r) => r.entry);
    await this.transactions.run(async (manager) => {
      const existing = await this.store.ofOrganisations(
        manager,
        valid.map((r) => r.organisationId as string),
      );
      const touched = new Set<string>();
      for (const report of valid) {
        const entry = report.entry as OfficialListEntry;
        const organisationId = report.organisationId as string;
        const mine = existing.filter(
          (c) => c.organisationId === organisationId && c.tier === entry.tier,
        );
        if (mine.some((c) => c.status === 'verified' && c.listYear === entry.year)) {
          report.outcome = 'already_verified';
          continue;
        }
        const pending = mine.find((c) => c.status === 'pending');
        report.outcome = pending ? 'verify_pending' : 'create_verified';
        if (!commit) continue;
        const reason = `${entry.authority}${entry.year}年度名单（第${entry.row}行）`;
        if (pending) {
          await this.store.setStatus(manager, pending.id, {
            status: 'verified',
            reason,
            actorUserId: caller.id,
          });
          pending.status = 'verified';
          await this.store.insertEvent(manager, {
            certificationId: pending.id,
            organisationId,
            action: 'verified',
            fromStatus: 'pending',
            toStatus: 'verified',
            actorUserId: caller.id,
            reason,
          });
        } else {
          const created = await this.store.insert(manager, {
            organisationId,
            tier: entry.tier,
            level: entry.level,
            issuedOn: entry.issuedOn,
            validUntil: entry.validUntil,
            status: 'verified',
            source: 'official_list',
            certificateNumber: null,
            issuingAuthority: entry.authority,
            listYear: entry.year,
            decidedByUserId: caller.id,
          });
          existing.push(created);
          await this.store.insertEvent(manager, {
            certificationId: created.id,
            organisationId,
            action: 'imported',
            fromStatus: null,
            toStatus: 'verified',
            actorUserId: caller.id,
            reason,
          });
        }
        touched.add(organisationId);
      }
      for (const organisationId of touched)
        await this.certifications.tierChanged(manager, organisationId);
    });

    const rowsOut = reports.map(({ entry: _entry, ...report }) => report);
    const count = (outcome: ImportOutcome) => rowsOut.filter((r) => r.outcome === outcome).length;
    return {
      committed: commit,
      rows: rowsOut,
      summary: {
        total: rowsOut.length,
        errors: count('error'),
        verified: count('verify_pending'),
        created: count('create_verified'),
        unchanged: count('already_verified'),
      },
    };
  }
}
