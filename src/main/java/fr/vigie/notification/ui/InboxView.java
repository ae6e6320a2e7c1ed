package fr.vigie.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.vigie.notification.InboxMessage;
import fr.vigie.notification.Notice;
import fr.vigie.notification.NotificationManagement;
import jakarta.annotation.security.PermitAll;

/** The signed-in user's notices, newest first; opening one marks it read. */
@Route("inbox")
@Menu(title = "nav.inbox", order = 5, icon = "vaadin:bell")
@PermitAll
class InboxView extends Main implements HasDynamicTitle {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final NotificationManagement notifications;

	private final Div list = new Div();

	InboxView(NotificationManagement notifications) {
		this.notifications = notifications;
		addClassName("page");
		this.list.addClassName("inbox");
		add(new H1(getTranslation("inbox.title")), this.list);
		refresh();
	}

	private void refresh() {
		this.list.removeAll();
		var messages = this.notifications.myInbox();
		if (messages.isEmpty()) {
			this.list.add(new Paragraph(getTranslation("inbox.empty")));
		}
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(PARIS);
		for (InboxMessage message : messages) {
			Object[] arguments = Notice.render(message.arguments(), this::getTranslation);
			Div item = new Div();
			item.addClassName("inbox-item");
			if (message.unread()) {
				item.addClassName("unread");
			}
			H2 subject = new H2(getTranslation(message.subjectKey(), arguments));
			Span when = new Span(format.format(message.createdAt()));
			when.addClassName("inbox-date");
			item.add(subject, when, new Paragraph(getTranslation(message.bodyKey(), arguments)));
			if (message.link() != null) {
				item.add(new Anchor(message.link(), getTranslation("inbox.open")));
			}
			if (message.unread()) {
				Button read = new Button(getTranslation("inbox.markRead"), (click) -> {
					this.notifications.markRead(message.id());
					refresh();
				});
				read.addThemeVariants(ButtonVariant.TERTIARY);
				item.add(read);
			}
			this.list.add(item);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("inbox.title") + " · " + getTranslation("app.name");
	}

}
