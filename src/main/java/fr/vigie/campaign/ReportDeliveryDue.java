package fr.vigie.campaign;

import java.time.YearMonth;

/**
 * Published once per month by the scheduler (whatever the number of instances) for the
 * report module to send subscribed directors their reports of the previous period.
 */
public record ReportDeliveryDue(YearMonth period) {

}
