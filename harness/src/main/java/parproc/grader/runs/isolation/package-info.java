/**
 * Each run's cage: its private copy, uid, cgroups, namespaces, limits, its set-up helper and the sweep
 * that ends its processes. It may use config, runs and the os package.
 */
package parproc.grader.runs.isolation;
