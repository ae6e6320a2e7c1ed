package fr.vigie.referential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before an action that cannot be undone (publish, remove, delete). */
final class Confirmation {

	private Confirmation() {
	}

	static void ask(String question, String confirmLabel, Runnable action) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(confirmLabel);
		dialog.add(new Paragraph(question));
		Button confirm = new Button(confirmLabel, (click) -> {
			dialog.close();
			action.run();
		});
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		confirm.setId("confirm-action");
		Button cancel = new Button(dialog.getTranslation("action.cancel"), (click) -> dialog.close());
		dialog.getFooter().add(cancel, confirm);
		dialog.open();
	}

}
