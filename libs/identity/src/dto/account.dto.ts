import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';

export class VerifyEmailDto {
  @ApiProperty({ description: 'The token from the link in the verification mail' })
  @IsString()
  @MaxLength(300)
  token!: string;
}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'li.ming@example.cn' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'The token from the link in the reset mail' })
  @IsString()
  @MaxLength(300)
  token!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(128)
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @MaxLength(128) currentPassword!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @MaxLength(128) newPassword!: string;
}
