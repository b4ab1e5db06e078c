import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '@rongtong/common';
import { Users } from '@rongtong/identity';
import { UnsubscribeScope, UnsubscribeTokens } from '../email/unsubscribe-token';
import { unsubscribeConfirmationPage, unsubscribedPage } from '../templates/unsubscribe-page';
import { NotificationPreferences } from './notification-preferences.service';

/** The links in mails: a signed token names the user and the types to stop mailing. */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: NotificationPreferences,
    private readonly users: Users,
  ) {}

  /** The confirmation page (HTML); writes nothing. */
  confirmationPage(token: string): string {
    return unsubscribeConfirmationPage(this.scopeOf(token).types);
  }

  /** Turns email off for the token's types and returns the confirmation (HTML). */
  async unsubscribe(token: string): Promise<string> {
    const scope = this.scopeOf(token);
    // A deleted account has nothing left to mail; the link still answers politely.
    if (await this.users.exists(scope.userId))
      await this.preferences.turnEmailOff(scope.userId, scope.types);
    return unsubscribedPage(scope.types);
  }

  private scopeOf(token: string): UnsubscribeScope {
    const scope = this.tokens.verify(token);
    if (!scope) {
      throw ValidationFailedError.field(
        'token',
        'is not a valid unsubscribe link',
        'UNSUBSCRIBE_TOKEN_INVALID',
      );
    }
    return scope;
  }
}
