package fr.vigie.referential.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.vigie.referential.LocalizedText;
import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/** Asks for the code and name of a local referential derived from a published one. */
class DeriveDialog extends Dialog {

	private final TextField code = new TextField();

	private final TextField nameFr = new TextField();

	private final TextField nameEn = new TextField();

	private final TextField provider = new TextField();

	DeriveDialog(ReferentialManagement referentials, ReferentialVersion source, Consumer<ReferentialVersion> created) {
		setHeaderTitle(getTranslation("referential.derive.title", source.header().name().in(getLocale())));
		this.code.setLabel(getTranslation("referential.derive.code"));
		this.code.setHelperText(getTranslation("referential.derive.code.help"));
		this.code.setRequiredIndicatorVisible(true);
		this.code.setId("derive-code");
		this.nameFr.setLabel(getTranslation("referential.derive.nameFr"));
		this.nameFr.setRequiredIndicatorVisible(true);
		this.nameFr.setValue(source.header().name().fr() + " — local");
		this.nameFr.setId("derive-name-fr");
		this.nameEn.setLabel(getTranslation("referential.derive.nameEn"));
		this.nameEn.setRequiredIndicatorVisible(true);
		this.nameEn.setValue(source.header().name().en() + " — local");
		this.nameEn.setId("derive-name-en");
		this.provider.setLabel(getTranslation("referential.derive.provider"));
		add(new FormLayout(this.code, this.provider, this.nameFr, this.nameEn));
		Button submit = new Button(getTranslation("referential.derive.submit"), (click) -> {
			try {
				if (this.nameFr.getValue().isBlank() || this.nameEn.getValue().isBlank()) {
					throw new UserFacingException("referential.edit.translationMissing");
				}
				ReferentialVersion draft = referentials.deriveLocal(source.id(), this.code.getValue(),
						new LocalizedText(this.nameFr.getValue(), this.nameEn.getValue()), this.provider.getValue());
				close();
				Notifications.success(this, "referential.derived", draft.id().value());
				created.accept(draft);
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		submit.setId("derive-submit");
		Button cancel = new Button(getTranslation("action.cancel"), (click) -> close());
		getFooter().add(cancel, submit);
	}

}
