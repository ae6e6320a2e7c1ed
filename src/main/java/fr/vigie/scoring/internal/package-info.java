/**
 * Stored per-test scores and their MongoDB aggregation pipelines, the listener that
 * scores validated tests, repositories of findings and actions, the action follow-up
 * sweep and exports.
 */
package fr.vigie.scoring.internal;
