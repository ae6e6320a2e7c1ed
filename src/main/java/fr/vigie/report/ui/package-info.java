/**
 * Report screens: issuing and downloading reports, batch generation, and the verification
 * page where anyone signed in checks an uploaded PDF against the register.
 */
package fr.vigie.report.ui;
