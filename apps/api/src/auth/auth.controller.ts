import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiHeaderOptions,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ValidationFailedError } from '@rongtong/common';
import {
  AuthenticatedUser,
  AuthService,
  LoginDto,
  MeView,
  RegisterDto,
  RegistrationResult,
  RegistrationService,
} from '@rongtong/identity';
import { ApiErrors } from '../openapi/api-errors';
import { MeSchema, RegistrationSchema, TokenSchema } from '../identity/identity.responses';
import { CurrentUser, Public } from './auth.decorators';
import { BrowserSession, missingRefreshToken, TokenAnswer } from './browser-session';
import { RefreshRequestDto } from './refresh-request.dto';

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
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly auth: AuthService,
    private readonly session: BrowserSession,
  ) {}

  @Public()
  @Post('register')
  @ApiOperation({ summary: 'Sign up: a user and their organisation (the user becomes its owner)' })
  @ApiCreatedResponse({ type: RegistrationSchema })
  @ApiErrors(409)
  register(@Body() body: RegisterDto): Promise<RegistrationResult> {
    return this.registration.register(body);
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
    const tokens = await this.auth.login(body.email, body.password);
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
  constructor(private readonly auth: AuthService) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in user with their memberships' })
  @ApiOkResponse({ type: MeSchema })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeView> {
    return this.auth.me(user);
  }
}
