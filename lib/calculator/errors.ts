/**
 * The one error type the engine throws. `field` names the offending input (e.g. `'commission'`) so the UI
 * can put the message next to the right control; `message` is plain English meant for people.
 */
export class CalculatorInputError extends Error {
  readonly field: string

  constructor(field: string, message: string) {
    super(message)
    this.name = 'CalculatorInputError'
    this.field = field
  }
}
