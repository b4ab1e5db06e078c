import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiHeader,
  ApiHeaderOptions,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError, ValidationFailedError } from '@rongtong/common';
import {
  AccountService,
  AuthenticatedUser,
  AuthService,
  ChangePasswordDto,
  ForgotPasswordDto,
  LoginDto,
  MeView,
  RegisterDto,
  RegistrationService,
  ResetPasswordDto,
  SignUpAnswer,
  TokenPair,
  VerifyEmailDto,
} from '@rongtong/identity';
import { ApiErrors } from '../openapi/api-errors';
import {
  AcceptedSchema,
  EmailVerifiedSchema,
  MeSchema,
  SignUpAnswerSchema,
  TokenSchema,
} from '../identity/identity.responses';
import { CurrentUser, Public } from './auth.decorators';
import { BrowserSession, missingRefreshToken, TokenAnswer } from './browser-session';
import { RefreshRequestDto } from './refresh-request.dto';
import { AuthRateLimited } from '../rate-limit/rate-limit.guard';
import { LoginBackoff } from '../rate-limit/login-backoff';

const TRANSPORT_HEADER: ApiHeaderOptions = {
  name: 'X-Auth-Transport',
  required: false,
  description: '`cookie`: the refresh token goes into the rt_refresh HttpOnly cookie (browsers)',
  schema: { type: 'string', enum: ['cookie'] },
};
const CSRF_HEADER: ApiHeaderOptions = {
  name: 'X-Requested-With',
  required: false,
  description: 'Required (`rongtong-web`) with the cookie transport; the Origin must be ours',
  schema: { type: 'string', enum: ['rongtong-web'] },
};

@ApiTags('auth')
@ApiErrors(429)
@Controller('auth')
@AuthRateLimited()
export class AuthController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly auth: AuthService,
    private readonly session: BrowserSession,
    private readonly backoff: LoginBackoff,
    private readonly accounts: AccountService,
  ) {}

  @Public()
  @Post('register')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Sign up: a user and their organisation (the user becomes its owner); the same 202 whether the address is new or registered. A USCC registered by another account is 409 USCC_TAKEN, or with organisation.usccClaimEvidence a 202 uscc-claim-submitted (account without organisation, dispute claim for an admin); 409 USCC_ALREADY_VERIFIED when a claim on it is verified',
  })
  @ApiAcceptedResponse({ type: SignUpAnswerSchema })
  @ApiErrors(409)
  register(@Body() body: RegisterDto): Promise<SignUpAnswer> {
    return this.registration.signUp(body);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify the address with the token from the mailed link' })
  @ApiOkResponse({ type: EmailVerifiedSchema })
  verifyEmail(@Body() body: VerifyEmailDto): Promise<{ emailVerified: true }> {
    return this.accounts.verifyEmail(body.token);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a password reset link; the same 202 whether the address is registered or not',
  })
  @ApiAcceptedResponse({ type: AcceptedSchema })
  async forgotPassword(@Body() body: ForgotPasswordDto): Promise<AcceptedSchema> {
    await this.accounts.forgotPassword(body.email);
    return {
      status: 'accepted',
      message:
        '如果该邮箱已注册，重置密码的链接已发送，请查收邮件 (if this address is registered, a reset link is on its way)',
    };
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a new password with the mailed token (single use); every session ends',
  })
  @ApiNoContentResponse()
  async resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    await this.accounts.resetPassword(body.token, body.password);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiHeader(TRANSPORT_HEADER)
  @ApiOkResponse({ type: TokenSchema })
  @ApiErrors(401)
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenAnswer> {
    await this.backoff.assertMayTry(body.email);
    let tokens: TokenPair;
    try {
      tokens = await this.auth.login(body.email, body.password);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INVALID_CREDENTIALS') {
        await this.backoff.failed(body.email);
      }
      throw error;
    }
    await this.backoff.succeeded(body.email);
    return this.session.deliver(tokens, request, response);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate the refresh token (the old one stops working) and get a new access token',
  })
  @ApiHeader(TRANSPORT_HEADER)
  @ApiHeader(CSRF_HEADER)
  @ApiOkResponse({ type: TokenSchema })
  @ApiErrors(401, 403)
  async refresh(
    @Body() body: RefreshRequestDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenAnswer> {
    if (!this.session.usesCookie(request)) {
      return this.auth.refresh(requiredToken(body.refreshToken));
    }
    const presented = this.session.presentedToken(request);
    try {
      if (!presented) throw missingRefreshToken();
      return this.session.deliver(await this.auth.refresh(presented), request, response);
    } catch (error) {
      this.session.clear(response); // a dead cookie is no use to keep
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: revokes the refresh token and its rotations' })
  @ApiHeader(TRANSPORT_HEADER)
  @ApiHeader(CSRF_HEADER)
  @ApiErrors(403)
  async logout(
    @Body() body: RefreshRequestDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    if (!this.session.usesCookie(request)) {
      await this.auth.logout(requiredToken(body.refreshToken));
      return;
    }
    const presented = this.session.presentedToken(request);
    if (presented) await this.auth.logout(presented);
    this.session.clear(response);
  }
}

function requiredToken(token: string | undefined): string {
  if (token === undefined) throw ValidationFailedError.field('refreshToken', 'is required');
  return token;
}

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
    private readonly session: BrowserSession,
  ) {}

  @Post('email-verification')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send the verification link again' })
  @ApiAcceptedResponse({ type: AcceptedSchema })
  async resendVerification(@CurrentUser() user: AuthenticatedUser): Promise<AcceptedSchema> {
    await this.accounts.resendVerification(user);
    return { status: 'accepted', message: '验证邮件已重新发送，请查收 (the link is on its way)' };
  }

  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Change the password (the current one is required); other sessions end, a new one starts',
  })
  @ApiHeader(TRANSPORT_HEADER)
  @ApiOkResponse({ type: TokenSchema })
  async changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ChangePasswordDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokenAnswer> {
    const tokens = await this.accounts.changePassword(user, body.currentPassword, body.newPassword);
    return this.session.deliver(tokens, request, response);
  }

  @Post('sign-out-everywhere')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out on every device: all refresh tokens of the caller end' })
  @ApiNoContentResponse()
  async signOutEverywhere(
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.accounts.signOutEverywhere(user);
    this.session.clear(response);
  }

  @Get()
  @ApiOperation({ summary: 'The signed-in user with their memberships' })
  @ApiOkResponse({ type: MeSchema })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeView> {
    return this.auth.me(user);
  }
}
