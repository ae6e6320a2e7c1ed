/**
 * The switch for demo data: on by default with the embedded store, off with a real
 * MongoDB, forced either way by {@code vigie.demo.enabled}.
 */
package fr.vigie.shared.demo;
