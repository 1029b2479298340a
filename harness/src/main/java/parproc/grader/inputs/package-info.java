/**
 * Generated stdin: hand-picked cases, seeded random values, and the shrinking of a failing input.
 * It may use config.
 */
package parproc.grader.inputs;
