import { initializeIcons } from "@fluentui/react/lib/Icons";
import { setIconOptions } from "@fluentui/react/lib/Styling";

// Icons are fonts the host provides; in jsdom they only need registering once, quietly.
setIconOptions({ disableWarnings: true });
initializeIcons(undefined, { disableWarnings: true });
