package fr.vigie.shared.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

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
		show(text(source, ex.messageKey(), ex.arguments()), NotificationVariant.ERROR);
	}

	/**
	 * Runs a change; on success hands its result to {@code onSuccess} and confirms with
	 * {@code successKey}, on refusal shows why and changes nothing else.
	 */
	public static <T> void apply(Component source, Supplier<T> change, Consumer<T> onSuccess, String successKey) {
		try {
			onSuccess.accept(change.get());
			success(source, successKey);
		}
		catch (UserFacingException ex) {
			error(source, ex);
		}
	}

	/**
	 * The translated message, with {@link UserFacingException.Label} arguments translated
	 * first.
	 */
	public static String text(Component source, String messageKey, Object... arguments) {
		Object[] translated = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			translated[i] = (arguments[i] instanceof UserFacingException.Label label)
					? source.getTranslation(label.messageKey()) : arguments[i];
		}
		return source.getTranslation(messageKey, translated);
	}

	private static void show(String text, NotificationVariant variant) {
		Notification notification = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(variant);
	}

}
