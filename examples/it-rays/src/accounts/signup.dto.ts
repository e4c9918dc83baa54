import { IsEmail, IsOptional, IsString, MinLength } from 'class-validator';

export class SignupDto {
  @IsString()
  fullName: string;

  @IsEmail()
  email: string;

  @IsString()
  companyName: string;

  @MinLength(12)
  password: string;

  @IsOptional()
  @IsString()
  mobilePhone?: string;
}
