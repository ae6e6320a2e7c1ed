package fr.vigie.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The secondary actions of detail pages: a labelled tertiary button with an icon. */
public final class Buttons {

	private Buttons() {
	}

	public static Button tertiary(Component source, String labelKey, VaadinIcon icon, Runnable action) {
		Button button = new Button(source.getTranslation(labelKey), icon.create(), (click) -> action.run());
		button.addThemeVariants(ButtonVariant.TERTIARY);
		return button;
	}

}
