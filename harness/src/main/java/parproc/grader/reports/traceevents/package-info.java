/**
 * Runs in Chrome's Trace Event Format, for Perfetto UI and chrome://tracing.
 * It may use observations, runs and reports.timeline.
 */
package parproc.grader.reports.traceevents;
