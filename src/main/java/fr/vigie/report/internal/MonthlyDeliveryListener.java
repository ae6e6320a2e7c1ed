package fr.vigie.report.internal;

import fr.vigie.campaign.ReportDeliveryDue;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.report.ReportDeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the monthly delivery when the campaign scheduler says it is due. Synchronous, in
 * the scheduler's thread and under its lock: the event is published once per month across
 * instances, and the delivery claims each subscriber anyway.
 */
@Component
class MonthlyDeliveryListener {

	private static final Logger log = LoggerFactory.getLogger(MonthlyDeliveryListener.class);

	private final ReportDeliveries deliveries;

	private final SystemIdentity system;

	MonthlyDeliveryListener(ReportDeliveries deliveries, SystemIdentity system) {
		this.deliveries = deliveries;
		this.system = system;
	}

	@EventListener
	void on(ReportDeliveryDue due) {
		int served = this.system.call(() -> this.deliveries.deliver(due.period()));
		log.info("Monthly report delivery for {}: {} subscriber(s) served", due.period(), served);
	}

}
