package fr.vigie.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.vigie.audit.AuditTest;
import fr.vigie.audit.Checklist;

/** What the test is: channel, when, scenario, where to go or call, referential. */
final class TestHeader {

	private TestHeader() {
	}

	static Div of(Component ui, Checklist checklist) {
		AuditTest test = checklist.test();
		Span channel = new Span(ui.getTranslation(test.channel().messageKey()));
		channel.addClassName("badge");
		Div badges = new Div(channel, AuditUi.statusBadge(ui, test.status()));
		badges.addClassName("item-badges");
		DescriptionList facts = new DescriptionList();
		String when = test.plannedDate().format(AuditUi.DAY.withLocale(AuditUi.locale()))
				+ ((checklist.timeWindow() != null) ? " · " + checklist.timeWindow() : "");
		fact(ui, facts, "audit.header.when", when);
		fact(ui, facts, "audit.header.scenario", test.scenario());
		fact(ui, facts, "audit.header.address", checklist.address());
		fact(ui, facts, "audit.header.contact", checklist.contact());
		fact(ui, facts, "audit.header.campaign", checklist.campaignName());
		fact(ui, facts, "audit.header.referential", checklist.referential().header().name().in(AuditUi.locale())
				+ " · v" + checklist.referential().header().version());
		fact(ui, facts, "audit.header.auditor", test.auditorCode());
		Div header = new Div(badges, facts);
		header.addClassName("test-header");
		return header;
	}

	private static void fact(Component ui, DescriptionList facts, String key, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		facts.add(new DescriptionList.Term(ui.getTranslation(key)), new DescriptionList.Description(value));
	}

}
