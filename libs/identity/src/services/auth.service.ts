import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { APP_CONFIG, AppConfig, UnauthenticatedError } from '@rongtong/common';
import { Membership } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import { User } from '../entities/user.entity';
import { AccountStore } from '../read/account.store';
import { AccessTokenService, AuthenticatedUser } from './access-token.service';
import { invalidCredentials } from './identity-errors';
import { MembershipView, toMembershipView, toUserView, UserView } from './organisation-views';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenService } from './refresh-token.service';

export interface TokenPair {
  tokenType: 'Bearer';
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

export interface MeView extends UserView {
  memberships: MembershipView[];
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly accounts: AccountStore,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<TokenPair> {
    const user = await this.accounts.byEmailWithPasswordHash(email);
    if (!user) {
      await this.hasher.verifyAgainstDummy(password);
      throw invalidCredentials();
    }
    if (!(await this.hasher.verify(user.passwordHash, password))) throw invalidCredentials();
    return this.issue(
      { id: user.id, platformRoles: user.platformRoles },
      await this.refreshTokens.issue(user.id),
    );
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const rotated = await this.refreshTokens.rotate(refreshToken);
    const user = await this.users.findOneBy({ id: rotated.userId });
    if (!user)
      throw new UnauthenticatedError(
        'REFRESH_TOKEN_INVALID',
        'The refresh token is invalid or expired',
      );
    return this.issue({ id: user.id, platformRoles: user.platformRoles }, rotated.refreshToken);
  }

  /** A fresh session for a user who just proved who they are (e.g. changed their password). */
  async startSession(userId: string): Promise<TokenPair> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new UnauthenticatedError('TOKEN_INVALID', 'The access token is invalid');
    return this.issue(
      { id: user.id, platformRoles: user.platformRoles },
      await this.refreshTokens.issue(user.id),
    );
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revoke(refreshToken);
  }

  /** The caller, as the access token says, checked against the current user record. */
  async me(caller: AuthenticatedUser): Promise<MeView> {
    const user = await this.users.findOneBy({ id: caller.id });
    if (!user) throw new UnauthenticatedError('TOKEN_INVALID', 'The access token is invalid');
    const memberships = await this.memberships.find({
      where: { userId: user.id },
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
    });
    return {
      ...toUserView(user),
      memberships: memberships.map((m) =>
        toMembershipView(m as Membership & { organisation: Organisation }),
      ),
    };
  }

  private async issue(user: AuthenticatedUser, refreshToken: string): Promise<TokenPair> {
    return {
      tokenType: 'Bearer',
      accessToken: await this.accessTokens.sign(user),
      expiresIn: this.config.auth.accessTtlSeconds,
      refreshToken,
    };
  }
}
