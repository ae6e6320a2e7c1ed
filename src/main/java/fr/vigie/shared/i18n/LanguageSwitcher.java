package fr.vigie.shared.i18n;

import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.select.Select;

/** A small select to switch between French and English, labelled for screen readers. */
public class LanguageSwitcher extends Select<Locale> {

	public LanguageSwitcher() {
		setItems(Languages.SUPPORTED);
		setItemLabelGenerator((locale) -> locale.getDisplayLanguage(locale));
		addClassName("language-switcher");
		addValueChangeListener((event) -> {
			if (event.isFromClient() && event.getValue() != null) {
				getUI().ifPresent((ui) -> LanguageSelection.choose(ui, event.getValue()));
			}
		});
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		setAriaLabel(getTranslation("language.label"));
		setValue(Languages.supportedOrDefault(attachEvent.getUI().getLocale()));
	}

}
