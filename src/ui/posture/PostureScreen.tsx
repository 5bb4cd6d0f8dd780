// A posture step (know, want, can: one screen each in the registry): its page wired to the wizard.
import type { PostureId } from '../../domain/content/types';
import { useContent } from '../ContentContext';
import { useFrameworkInEffect } from '../framework/useFrameworkInEffect';
import type { ScreenProps } from '../host/screens';
import { useCase, useWizardSend } from '../host/wizardHooks';
import { PosturePage } from './PosturePage';

export default function PostureScreen({ screen }: ScreenProps) {
  const data = useCase();
  const send = useWizardSend();
  const framework = useFrameworkInEffect(useContent());
  return (
    <PosturePage
      posture={screen as PostureId}
      data={data}
      onSubmit={(answers) => send({ type: 'SUBMIT_ANSWERS', answers })}
      onBack={() => send({ type: 'BACK' })}
      framework={framework}
    />
  );
}
