package fr.vigie.identity.ui;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fr.vigie.identity.NewUser;
import fr.vigie.identity.PasswordPolicy;
import fr.vigie.identity.ProfileChange;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/** Creates an account, or edits the profile, roles and status of an existing one. */
class UserFormDialog extends Dialog {

	private final UserManagement users;

	private final UserAccount existing;

	private final TextField username = new TextField();

	private final TextField displayName = new TextField();

	private final EmailField email = new EmailField();

	private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	private final Checkbox enabled = new Checkbox();

	private final PasswordField password = new PasswordField();

	private final PasswordField confirmation = new PasswordField();

	UserFormDialog(UserManagement users, UserAccount existing) {
		this.users = users;
		this.existing = existing;
		setHeaderTitle(getTranslation((existing == null) ? "users.create" : "users.edit"));
		this.username.setLabel(getTranslation("user.username"));
		this.username.setRequiredIndicatorVisible(true);
		this.username.setHelperText(getTranslation("user.username.help"));
		this.displayName.setLabel(getTranslation("user.displayName"));
		this.displayName.setRequiredIndicatorVisible(true);
		this.email.setLabel(getTranslation("user.email"));
		this.roles.setLabel(getTranslation("user.roles"));
		this.roles.setItems(Role.values());
		this.roles.setItemLabelGenerator((role) -> getTranslation(role.messageKey()));
		this.roles.setRequiredIndicatorVisible(true);
		this.enabled.setLabel(getTranslation("user.enabled"));
		this.password.setLabel(getTranslation("user.password"));
		this.password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
		this.password.setRequiredIndicatorVisible(true);
		this.confirmation.setLabel(getTranslation("user.passwordConfirmation"));
		this.confirmation.setRequiredIndicatorVisible(true);

		FormLayout form = new FormLayout(this.username, this.displayName, this.email, this.roles);
		if (existing == null) {
			form.add(this.password, this.confirmation);
		}
		else {
			this.username.setValue(existing.username());
			this.username.setReadOnly(true);
			this.displayName.setValue(existing.displayName());
			this.email.setValue((existing.email() != null) ? existing.email() : "");
			this.roles.setValue(existing.roles());
			this.enabled.setValue(existing.enabled());
			form.add(this.enabled);
		}
		add(form);

		Button save = new Button(getTranslation("action.save"), (click) -> save());
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Button cancel = new Button(getTranslation("action.cancel"), (click) -> close());
		getFooter().add(cancel, save);
	}

	private void save() {
		Set<Role> chosenRoles = this.roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(this.roles.getValue());
		try {
			if (this.existing == null) {
				if (!this.password.getValue().equals(this.confirmation.getValue())) {
					throw new UserFacingException("password.mismatch");
				}
				this.users.create(new NewUser(this.username.getValue(), this.displayName.getValue(),
						this.email.getValue(), chosenRoles, this.password.getValue()));
			}
			else {
				this.users.update(this.existing.id(), new ProfileChange(this.displayName.getValue(),
						this.email.getValue(), chosenRoles, this.enabled.getValue(), this.existing.version()));
			}
			Notifications.success(this, "users.saved");
			fireEvent(new SavedEvent(this));
			close();
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	Registration addSavedListener(ComponentEventListener<SavedEvent> listener) {
		return addListener(SavedEvent.class, listener);
	}

	static class SavedEvent extends ComponentEvent<UserFormDialog> {

		SavedEvent(UserFormDialog source) {
			super(source, false);
		}

	}

}
