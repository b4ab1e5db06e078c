import { Inject, Injectable } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { APP_CONFIG, AppConfig, ValidationFailedError } from '@rongtong/common';
import { forbiddenAddressRange } from './webhook-address-policy';
import { parseWebhookUrl, WebhookUrl } from './webhook-url';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** DNS, behind a class so tests can give other answers. */
@Injectable()
export class HostResolver {
  /** Every address the system resolver gives for the host (A and AAAA). */
  async lookupAll(host: string): Promise<ResolvedAddress[]> {
    return lookup(host, { all: true, verbatim: true });
  }
}

/** Where a delivery connects: the URL, and the vetted address the socket must use. */
export interface WebhookTarget {
  url: URL;
  /** Unset when private addresses are allowed (development): the system resolver decides. */
  pinned?: ResolvedAddress;
}

/** A send-time refusal: the URL is malformed or now resolves to a forbidden address. */
export class WebhookTargetRefused extends Error {}

/**
 * The SSRF rule for webhook URLs. Outside development a URL must resolve, and every address it
 * resolves to must be public (see forbiddenAddressRange). The check runs when an endpoint is saved
 * and again before each attempt, and the attempt connects to the address vetted then, so a DNS
 * answer that changes in between (rebinding) cannot redirect it.
 */
@Injectable()
export class WebhookUrlPolicy {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly resolver: HostResolver,
  ) {}

  /** Throws a 400 naming `field` unless the URL may be stored as an endpoint. */
  async assertAcceptable(raw: string, field = 'url'): Promise<void> {
    const parsed = parseWebhookUrl(raw);
    if ('problem' in parsed) throw ValidationFailedError.field(field, `url ${parsed.problem}`);
    const vetted = await this.vet(parsed);
    if ('problem' in vetted) throw ValidationFailedError.field(field, `url ${vetted.problem}`);
  }

  /** The target of one attempt; throws WebhookTargetRefused when the rule refuses it now. */
  async target(raw: string): Promise<WebhookTarget> {
    const parsed = parseWebhookUrl(raw);
    if ('problem' in parsed) throw new WebhookTargetRefused(`url ${parsed.problem}`);
    const vetted = await this.vet(parsed);
    if ('problem' in vetted) throw new WebhookTargetRefused(`url ${vetted.problem}`);
    return { url: parsed.url, pinned: vetted.pinned };
  }

  private async vet(
    parsed: WebhookUrl,
  ): Promise<{ pinned?: ResolvedAddress } | { problem: string }> {
    if (this.config.notify.webhookAllowPrivateAddresses) return {};
    let addresses: ResolvedAddress[];
    if (parsed.literalAddress !== undefined) {
      addresses = [
        { address: parsed.literalAddress, family: parsed.literalAddress.includes(':') ? 6 : 4 },
      ];
    } else {
      try {
        addresses = await this.resolver.lookupAll(parsed.host);
      } catch {
        addresses = [];
      }
      if (addresses.length === 0) return { problem: `host ${parsed.host} does not resolve` };
    }
    for (const { address } of addresses) {
      const range = forbiddenAddressRange(address);
      if (range !== undefined) {
        return {
          problem: `must not point to a private, loopback or reserved address (${address}: ${range})`,
        };
      }
    }
    return { pinned: addresses[0] };
  }
}
