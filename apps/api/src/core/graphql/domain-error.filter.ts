import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-errors';

/** Expected errors go straight to formatGraphQLError, without Nest logging them as crashes. */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError, _host: ArgumentsHost): DomainError {
    return exception;
  }
}
