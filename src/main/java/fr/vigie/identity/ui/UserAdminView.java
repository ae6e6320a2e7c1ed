package fr.vigie.identity.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import jakarta.annotation.security.RolesAllowed;

/** Administrators create accounts, set roles, disable accounts and reset passwords. */
@Route("admin/users")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
class UserAdminView extends Main implements HasDynamicTitle {

	private final UserManagement users;

	private final Grid<UserAccount> grid = new Grid<>();

	UserAdminView(UserManagement users) {
		this.users = users;
		addClassName("page");
		Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(), (click) -> openForm(null));
		create.addThemeVariants(ButtonVariant.PRIMARY);
		HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("users.title")), create);
		header.addClassName("page-header");

		this.grid.addColumn(UserAccount::username).setHeader(getTranslation("user.username")).setSortable(true);
		this.grid.addColumn(UserAccount::displayName).setHeader(getTranslation("user.displayName")).setSortable(true);
		this.grid
			.addColumn((user) -> user.roles()
				.stream()
				.sorted()
				.map((role) -> getTranslation(role.messageKey()))
				.collect(Collectors.joining(", ")))
			.setHeader(getTranslation("user.roles"));
		this.grid.addColumn((user) -> getTranslation(user.enabled() ? "user.enabled" : "user.disabled"))
			.setHeader(getTranslation("user.status"));
		this.grid.addComponentColumn((user) -> {
			Button edit = new Button(getTranslation("action.edit"), (click) -> openForm(user));
			edit.addThemeVariants(ButtonVariant.TERTIARY);
			edit.setAriaLabel(getTranslation("users.edit.aria", user.username()));
			Button reset = new Button(getTranslation("users.resetPassword"), (click) -> openPasswordReset(user));
			reset.addThemeVariants(ButtonVariant.TERTIARY);
			reset.setAriaLabel(getTranslation("users.resetPassword.aria", user.username()));
			return new HorizontalLayout(edit, reset);
		}).setHeader(getTranslation("grid.actions")).setAutoWidth(true);
		this.grid.setAriaLabel(getTranslation("users.title"));
		add(header, this.grid);
		refresh();
	}

	private void openForm(UserAccount account) {
		UserFormDialog dialog = new UserFormDialog(this.users, account);
		dialog.addSavedListener((event) -> refresh());
		dialog.open();
	}

	private void openPasswordReset(UserAccount account) {
		new PasswordResetDialog(this.users, account).open();
	}

	private void refresh() {
		this.grid.setItems(this.users.findAll());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("users.title") + " · " + getTranslation("app.name");
	}

}
