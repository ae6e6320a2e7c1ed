/**
 * The draw of mystery-test slots and the assignment of auditors, as a pure function of a
 * {@link fr.vigie.campaign.internal.planning.PlanningRequest}: same request, same plan.
 */
package fr.vigie.campaign.internal.planning;
