import '../../styles/chapters.css';
import { useState } from 'react';
import {
  addChapter,
  moveChapter,
  moveChapterTo,
  removeChapter,
} from '#shared/plan/chapter-operations';
import { newId } from '#shared/plan/new-id';
import { PageHeading } from '../../components/PageHeading';
import { useNavigation, useRevealTarget } from '../../shell/navigation';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { changeThenFocus, keepingFocus } from '../../components/focus';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { AddChapterForm } from './AddChapterForm';
import { chapterLabel, selectButtonId, textId } from './chapter-ids';
import { ChapterDetail } from './ChapterDetail';
import { ChapterList } from './ChapterList';

export function ChaptersPage() {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const { target } = useNavigation();
  const chapters = plan.chapters;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const { announce, noticeProps } = useDeletionNotice();

  // A link to a chapter (from elsewhere in the app) opens it before its field is focused.
  if (target && target.entityId !== chosenId && chapters.some((c) => c.id === target.entityId)) {
    setChosenId(target.entityId);
  }
  useRevealTarget();

  const selectedIndex = Math.max(
    0,
    chapters.findIndex((c) => c.id === chosenId),
  );
  const selected = chapters[selectedIndex] ?? null;

  const add = (kind: Parameters<typeof addChapter>[1]) => {
    const id = newId();
    changeThenFocus(() => {
      session.edit((p) => addChapter(p, kind, {}, id));
      setChosenId(id);
    }, textId(id));
  };

  const remove = () => {
    if (!selected) return;
    const neighbour = chapters[selectedIndex + 1] ?? chapters[selectedIndex - 1] ?? null;
    const label = chapterLabel(selected, selectedIndex);
    session.edit((p) => removeChapter(p, selected.id));
    setChosenId(neighbour?.id ?? null);
    const chapterId = selected.id;
    announce(
      `${label.charAt(0).toUpperCase()}${label.slice(1)} er slettet.`,
      selectButtonId(chapterId),
      () => setChosenId(chapterId),
    );
  };

  return (
    <div className="page page--chapters">
      <PageHeading>Tekstkapitler</PageHeading>
      <p className="lead">
        Kapitlene med fritekst rundt de strukturerte delene av planen: innledning, bakgrunn,
        utfordringer, virkemidler, oppfølging og annet. Overskrifter, lister og uthevinger blir med
        i Word-dokumentet.
      </p>
      <div className="chapters">
        <section className="chapters__list" aria-labelledby="chapter-list-heading">
          <h2 id="chapter-list-heading" className="chapters__list-heading">
            Kapitler <span className="muted">({chapters.length})</span>
          </h2>
          {chapters.length > 0 ? (
            <>
              <ChapterList
                chapters={chapters}
                selectedId={selected?.id ?? null}
                onSelect={setChosenId}
                onMove={(id, delta) =>
                  keepingFocus(() => session.edit((p) => moveChapter(p, id, delta)))
                }
                onMoveTo={(id, index) => session.edit((p) => moveChapterTo(p, id, index))}
              />
              <p className="chapters__tip muted">
                Flytt med pilene, med Alt + pil opp / ned, eller ved å dra.
              </p>
            </>
          ) : (
            <p className="muted">Ingen kapitler ennå.</p>
          )}
          <AddChapterForm usedKinds={new Set(chapters.map((c) => c.kind))} onAdd={add} />
        </section>
        {selected ? (
          <ChapterDetail
            key={selected.id}
            chapter={selected}
            number={selectedIndex + 1}
            onDelete={remove}
          />
        ) : (
          <div className="chapter-detail chapter-detail--empty">
            <h2 className="chapter-detail__heading">Ingen tekstkapitler</h2>
            <p>
              Velg hva slags kapittel du vil skrive under «Nytt kapittel», og trykk «Legg til
              kapittel». De fleste planer har i alle fall en innledning og en bakgrunn.
            </p>
          </div>
        )}
      </div>
      <DeletionNotice {...noticeProps} />
    </div>
  );
}
