/**
 * Step 2, runs: the interpreter, the probe's files, one program run with its captured output and trace
 * (a RawRun), and recordings on disk. It may use config, runs.isolation and the os package.
 */
package parproc.grader.runs;
