/** Campaign planning screens for quality managers and the auditors' list of tests. */
package fr.vigie.campaign.ui;
