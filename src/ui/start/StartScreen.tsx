// The start step: the start page with what its provider (the app, or the first visit's start
// frame) lets it do.
import { StartPage } from './StartPage';
import { useStartActions } from './StartActions';

export default function StartScreen() {
  const actions = useStartActions();
  return (
    <StartPage
      onBegin={actions.begin}
      resume={actions.resume}
      onResume={actions.onResume}
      onForget={actions.onForget}
      onImport={actions.onImport}
    />
  );
}
