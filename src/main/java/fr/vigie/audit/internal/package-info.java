/**
 * Storage of checklists and evidence files (GridFS with SHA-256 fingerprints, type
 * sniffing and photo reduction), and the privacy check of free texts.
 */
package fr.vigie.audit.internal;
