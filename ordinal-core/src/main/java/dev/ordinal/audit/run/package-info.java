/**
 * A whole audit as one call: an {@link dev.ordinal.audit.run.AuditRequest} (the sources' labels,
 * the reference, families, answers, consistency inputs and {@link dev.ordinal.audit.run.AuditSettings})
 * run by {@link dev.ordinal.audit.run.Audit#run} to an {@link dev.ordinal.audit.run.AuditResult}
 * with one record per section. Each section is computed by its own class from the analyses of
 * {@code dev.ordinal.audit} and {@code dev.ordinal.metric}; rendering it (text, JSON, HTML) is
 * ordinal-io's job, reading the files the CLI's.
 */
package dev.ordinal.audit.run;
