/**
 * Generated stdin: hand-picked cases first, then seeded random values.
 * It may use config.
 */
package parproc.grader.inputs;
