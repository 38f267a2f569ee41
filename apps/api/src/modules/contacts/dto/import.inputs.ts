import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBase64, IsEnum, IsString, Length, ValidateNested } from 'class-validator';

export enum ImportFormat { CSV = 'CSV', XLSX = 'XLSX' }
registerEnumType(ImportFormat, { name: 'ImportFormat' });

/** Contact fields a spreadsheet column can fill; `custom.<key>` fills a custom field. */
export const IMPORT_FIELDS = ['firstName', 'lastName', 'fullName', 'mobile', 'phone', 'email', 'gender', 'birthDate', 'province', 'city', 'address', 'tags', 'notes', 'source'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number] | `custom.${string}`;

@InputType()
export class ImportColumnMapping {
  @Field({ description: 'A header of the file' }) @IsString() @Length(1, 200) column: string;
  @Field({ description: `${IMPORT_FIELDS.join(', ')} or custom.<key>` }) @IsString() @Length(1, 60) field: string;
}

@InputType()
export class ImportContactsInput {
  @Field() @IsString() @Length(1, 255) fileName: string;
  @Field(() => ImportFormat) @IsEnum(ImportFormat) format: ImportFormat;
  @Field({ description: 'The file, base64-encoded' }) @IsBase64({}, { message: 'contentBase64 must be base64' }) contentBase64: string;
  @Field(() => [ImportColumnMapping], { defaultValue: [] }) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ImportColumnMapping) mapping: ImportColumnMapping[] = [];
}
