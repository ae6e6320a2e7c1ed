/** Login page and the administrators' user screen. */
package fr.vigie.identity.ui;
