package fr.vigie.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.vigie.shared.UserFacingException;

/** Consistent, announced (aria-live) feedback after an action. */
public final class Notifications {

	private static final int DURATION_MS = 5000;

	private Notifications() {
	}

	public static void success(Component source, String messageKey, Object... arguments) {
		show(source.getTranslation(messageKey, arguments), NotificationVariant.SUCCESS);
	}

	public static void error(Component source, UserFacingException ex) {
		show(source.getTranslation(ex.messageKey(), ex.arguments()), NotificationVariant.ERROR);
	}

	private static void show(String text, NotificationVariant variant) {
		Notification notification = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(variant);
	}

}
