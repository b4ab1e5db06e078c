import { FieldProblem } from '../errors';

/** The one shape every error response has. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: FieldProblem[];
    requestId?: string;
    /** Present on 500s only: quote it to an operator to find the logged stack. */
    errorId?: string;
  };
}
