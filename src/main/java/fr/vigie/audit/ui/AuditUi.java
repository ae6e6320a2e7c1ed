package fr.vigie.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import fr.vigie.audit.AuditStatus;
import fr.vigie.campaign.TestSlot;

/** Shared wording of the capture and review screens. */
final class AuditUi {

	static final ZoneId PARIS = TestSlot.PARIS;

	/** Upload limit of the browser component; the server checks its own limit again. */
	static final int MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	static final DateTimeFormatter MOMENT_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private AuditUi() {
	}

	static Locale locale() {
		UI ui = UI.getCurrent();
		return (ui != null) ? ui.getLocale() : Locale.FRENCH;
	}

	static Span statusBadge(Component ui, AuditStatus status) {
		Span badge = new Span(ui.getTranslation((status != null) ? status.messageKey() : "audit.status.new"));
		badge.addClassNames("badge", "status-" + ((status != null) ? status.name().toLowerCase() : "new"));
		return badge;
	}

}
