/**
 * Reading referential YAML files with line and column marks, JSON Schema and semantic
 * validation, YAML export, Mongo repositories and the start-up loader.
 */
package fr.vigie.referential.internal;
