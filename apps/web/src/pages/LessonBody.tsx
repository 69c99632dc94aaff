import { safeUrl } from '../lib/messages'

interface LessonLike {
  type: 'video' | 'text' | 'quiz' | 'assignment'
  content: string | null
  video_url: string | null
  description: string | null
}

/** A lesson's text (as text: React escapes it, line breaks kept by CSS) or its video. */
export function LessonBody({ lesson }: { lesson: LessonLike }) {
  const video = safeUrl(lesson.video_url)
  return (
    <div className="lesson-body">
      {lesson.description ? <p className="muted">{lesson.description}</p> : null}
      {lesson.type === 'video' && video ? (
        <div className="video">
          {/* preload="none": nothing is fetched from the video's host until the learner presses play */}
          {/* biome-ignore lint/a11y/useMediaCaption: captions come with the instructor's video, not from the API */}
          <video controls preload="none" src={video} />
          <p>
            <a href={video} target="_blank" rel="noopener noreferrer">
              Open the video in a new tab
            </a>
          </p>
        </div>
      ) : null}
      {lesson.content ? <div className="prose">{lesson.content}</div> : null}
    </div>
  )
}
