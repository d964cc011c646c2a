"""« Écouter »: the current step read aloud by QtTextToSpeech, in a French voice, or not offered at all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal


class Reader(QObject):
    """A text-to-speech engine with a voice of the wanted language, if this PC has one.

    `engine` None is the platform's default engine ("speechd", "sapi", "winrt"…); tests pass "mock".
    `available` is False when there is no engine, the engine fails, or it has no voice in the language:
    the kiosk then hides « Écouter » rather than read French with an English voice.
    """

    speaking_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, engine: str | None = None,
                 language: QLocale.Language = QLocale.Language.French, load: bool = True) -> None:
        super().__init__(parent)
        self.tts: Any = None  # a QTextToSpeech once loaded (its module is imported only then)
        self.voice_name = ""
        self.engine_name = ""
        self.engine = engine
        self.language = language
        if load:
            self.load()

    def load(self) -> None:
        """Find the engine and the voice (Qt Multimedia is loaded then: after the kiosk's first paint)."""
        if self.tts is not None:
            return
        engine, language = self.engine, self.language
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # Qt's Addons not installed
            return
        engines = QTextToSpeech.availableEngines()
        if engine is not None and engine not in engines:
            return
        if engine is None and not engines:
            return
        tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            return
        voice = next((v for v in tts.availableVoices() if v.locale().language() == language), None)
        if voice is None:
            for locale in tts.availableLocales():
                if locale.language() == language:
                    tts.setLocale(locale)
                    voice = next(iter(tts.availableVoices()), None)
                    break
        if voice is None or voice.locale().language() != language:
            return
        tts.setVoice(voice)
        tts.setRate(-0.1)  # a little slower than the engine's default
        tts.stateChanged.connect(lambda state: self.speaking_changed.emit(state == QTextToSpeech.State.Speaking))
        self.tts = tts
        self.voice_name = voice.name()
        self.engine_name = engine or (engines[0] if engines else "")

    @property
    def available(self) -> bool:
        return self.tts is not None

    def say(self, text: str) -> None:
        if self.tts is not None:
            self.tts.stop()
            self.tts.say(text)

    def stop(self) -> None:
        if self.tts is not None:
            self.tts.stop()

    @property
    def speaking(self) -> bool:
        if self.tts is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self.tts.state() == QTextToSpeech.State.Speaking
