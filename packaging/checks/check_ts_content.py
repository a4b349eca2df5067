#!/usr/bin/env python3
"""Every message of every .ts file given is translated in full: no empty translation, no
placeholder of the source (%1, %L2, %n) lost, and as many plural forms as the file's language
has in Qt. Prints one line per fault; exits 1 when there is any."""
import re
import sys
import xml.etree.ElementTree as ET

# Qt's plural forms per language (qtbase's numerus rules), for the languages translated.
PLURAL_FORMS = {"pl": 3, "uk": 3, "lt": 3, "lv": 3, "ru": 3, "et": 2, "fi": 2, "de": 2, "en": 2}
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")


def placeholders(text):
    return set(PLACEHOLDER.findall(text or ""))


def check(path):
    faults = []
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        return [f"{path}: cannot be read: {error}"]
    language = (root.get("language") or "").split("_")[0]
    forms = PLURAL_FORMS.get(language)
    if forms is None:
        faults.append(f"{path}: language '{root.get('language')}' has no known plural rule")
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{path}: {name}: \"{source}\""
            translation = message.find("translation")
            if translation is None:
                faults.append(f"{where}: no translation")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                faults.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
                if forms is not None and len(texts) != forms:
                    faults.append(f"{where}: {len(texts)} plural forms, {language} has {forms}")
            else:
                texts = [translation.text or ""]
            for text in texts:
                if not text.strip():
                    faults.append(f"{where}: empty translation")
                elif lost := placeholders(source) - placeholders(text):
                    faults.append(f"{where}: loses {', '.join(sorted(lost))} in \"{text}\"")
    return faults


def main():
    faults = [fault for path in sys.argv[1:] for fault in check(path)]
    for fault in faults:
        print(fault, file=sys.stderr)
    return 1 if faults else 0


sys.exit(main())
