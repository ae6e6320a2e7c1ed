package fr.vigie.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.vigie.identity.PasswordPolicy;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/** Sets a new password for an account; the administrator passes it on to the user. */
class PasswordResetDialog extends Dialog {

	PasswordResetDialog(UserManagement users, UserAccount account) {
		setHeaderTitle(getTranslation("users.resetPassword.title", account.username()));
		PasswordField password = new PasswordField(getTranslation("user.password"));
		password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
		password.setRequiredIndicatorVisible(true);
		PasswordField confirmation = new PasswordField(getTranslation("user.passwordConfirmation"));
		confirmation.setRequiredIndicatorVisible(true);
		add(new FormLayout(password, confirmation));
		Button save = new Button(getTranslation("users.resetPassword"), (click) -> {
			try {
				if (!password.getValue().equals(confirmation.getValue())) {
					throw new UserFacingException("password.mismatch");
				}
				users.resetPassword(account.id(), password.getValue());
				Notifications.success(this, "users.passwordReset", account.username());
				close();
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), (click) -> close()), save);
	}

}
